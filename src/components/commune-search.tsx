import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { foldVietnamese, matchesFolded } from '../data/fold-vietnamese.ts';
import type { UnitType } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';

export interface SearchableUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
}

interface CommuneSearchProps {
  readonly units: readonly SearchableUnit[];
  readonly onSelect: (code: string) => void;
  /** Visible label of the input. */
  readonly label: string;
  readonly placeholder?: string;
  readonly testId?: string;
  /** The input, for a caller that gives it the focus back (after removing a chosen unit). */
  readonly inputRef?: Ref<HTMLInputElement>;
}

const MAX_RESULTS = 12;

// The units' names folded once: a month switch gives the search new rows of the same units.
const foldedNames = new Map<string, string>();
const FOLDED_NAMES_MAX = 10_000;

function foldedName(text: string): string {
  let folded = foldedNames.get(text);
  if (folded === undefined) {
    if (foldedNames.size >= FOLDED_NAMES_MAX) foldedNames.clear();
    folded = foldVietnamese(text);
    foldedNames.set(text, folded);
  }
  return folded;
}

/**
 * A combobox that finds units whatever the user types: without diacritics, `d` for `đ`, either
 * tone placement, any case; also by code or former district. Arrow keys move, Enter picks,
 * Escape closes.
 */
export function CommuneSearch({
  units,
  onSelect,
  label,
  placeholder,
  testId,
  inputRef,
}: CommuneSearchProps) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const indexed = useMemo(
    () =>
      units.map((unit) => ({
        unit,
        folded: foldedName(unit.name),
        district: foldedName(unit.formerDistrict),
      })),
    [units],
  );
  const results = useMemo(() => {
    const folded = foldVietnamese(query);
    if (folded === '') return [];
    const byName = indexed.filter((entry) => matchesFolded(entry.folded, folded));
    const byOther = indexed.filter(
      (entry) =>
        !byName.includes(entry) &&
        (entry.unit.code.startsWith(folded) || matchesFolded(entry.district, folded)),
    );
    const starts = (entry: (typeof indexed)[number]) => (entry.folded.startsWith(folded) ? 0 : 1);
    return [...byName.sort((a, b) => starts(a) - starts(b)), ...byOther]
      .slice(0, MAX_RESULTS)
      .map((entry) => entry.unit);
  }, [indexed, query]);

  const pick = (unit: SearchableUnit | undefined) => {
    if (unit === undefined) return;
    onSelect(unit.code);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && results.length > 0) {
        event.preventDefault();
        pick(results[active]);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="commune-search" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
        }}
        onFocus={() => {
          setOpen(true);
        }}
      />
      <ul id={listId} role="listbox" hidden={!expanded} aria-label={label}>
        {results.length === 0 ? (
          <li className="search-empty" role="presentation">
            {t('search.noMatch')}
          </li>
        ) : (
          results.map((unit, index) => (
            <li
              key={unit.code}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(unit);
              }}
            >
              <span className="search-name" lang="vi">
                {unit.name}
              </span>{' '}
              <span className="search-meta">
                {t(`type.${unit.type}`)} · {unit.code}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
