import { Fragment } from 'react';
import { splitFormerDistricts } from '../data/former-districts.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { formerDistrictParts, splitNames, type NamePart } from '../i18n/vietnamese-names.ts';

/**
 * A Vietnamese proper name (a unit, a province), marked `lang="vi"` so that an English page is
 * read with a Vietnamese voice for it. Harmless on a Vietnamese page.
 */
export function VietnameseName({ children }: { readonly children: string }) {
  return <span lang="vi">{children}</span>;
}

function Parts({ parts }: { readonly parts: readonly NamePart[] }) {
  return parts.map((part, index) =>
    part.vietnamese ? (
      <VietnameseName key={index}>{part.text}</VietnameseName>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/**
 * A sentence built elsewhere (a summary shared with a chart's description) that contains names:
 * each occurrence of one of `names` is marked `lang="vi"`.
 */
export function WithVietnameseNames({
  text,
  names,
}: {
  readonly text: string;
  readonly names: readonly string[];
}) {
  return <Parts parts={splitNames(text, names)} />;
}

/**
 * A `units.former_district` cell (one or several `;`-separated districts) in the page's language:
 * "Huyện Núi Thành, tỉnh Quảng Nam" in Vietnamese, "Núi Thành district, Quảng Nam province" in
 * English, the names marked `lang="vi"`.
 */
export function FormerDistrictName({ text }: { readonly text: string }) {
  const { locale } = useI18n();
  return splitFormerDistricts(text).map((district, index) => (
    <Fragment key={district}>
      {index === 0 ? null : '; '}
      <Parts parts={formerDistrictParts(district, locale)} />
    </Fragment>
  ));
}
