import type { urlStateVi } from '../url-state.ts';

/** English for `url-state` messages, typed against the Vietnamese source in `../url-state.ts`. */
export const urlStateEn: Readonly<Record<keyof typeof urlStateVi, string>> = {
  'url.monthUnavailable': 'No data for {requested}; showing {shown}.',
  'url.monthInvalid': '“{requested}” is not a month; showing {shown}.',
  'url.ignored': 'Ignored “{name}={value}” in the address: not a valid value.',
  'url.viewUnknown':
    'The link asks for the page “{requested}”, which does not exist; showing {shown}.',
  'url.codeUnknown':
    'The link asks for the unit with code {code}, which is not in the data; the code is ignored.',
};
