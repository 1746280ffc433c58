import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { apaCitation, localIsoDate, plainCitation, type CitationFacts } from './cite-text.ts';
import { ShareCopyButton } from './share-copy-button.tsx';
import { ShareDialog } from './share-dialog.tsx';

/** What the page knows of itself; the address and today's date are read when the dialog opens. */
export type PageCitation = Omit<CitationFacts, 'url' | 'accessed'>;

interface CiteDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly citation: PageCitation;
}

/** The page's citation in two forms (plain text, APA-like), each with a copy button. */
export function CiteDialog({ open, onClose, citation }: CiteDialogProps) {
  const { t } = useI18n();
  return (
    <ShareDialog open={open} title={t('cite.title')} onClose={onClose} testId="cite-dialog">
      <CiteForms citation={citation} />
    </ShareDialog>
  );
}

function CiteForms({ citation }: { readonly citation: PageCitation }) {
  const { t, format } = useI18n();
  const id = useId();
  const facts: CitationFacts = {
    ...citation,
    url: window.location.href,
    accessed: format.date(localIsoDate(new Date())),
  };
  const forms = [
    {
      key: 'plain',
      label: t('cite.plainLabel'),
      copy: t('cite.copyPlain'),
      text: plainCitation(facts, t),
    },
    { key: 'apa', label: t('cite.apaLabel'), copy: t('cite.copyApa'), text: apaCitation(facts, t) },
  ];
  return (
    <div className="cite-forms">
      <p className="note">{t('cite.intro')}</p>
      {forms.map((form) => (
        <div key={form.key} className="cite-form">
          <label htmlFor={`${id}-${form.key}`}>{form.label}</label>
          <textarea
            id={`${id}-${form.key}`}
            readOnly
            rows={5}
            value={form.text}
            data-testid={`cite-${form.key}`}
          />
          <ShareCopyButton
            text={() => form.text}
            label={form.copy}
            done={t('share.copiedText')}
            failed={t('share.copyFailedText')}
            fieldLabel={form.label}
            testId={`cite-copy-${form.key}`}
          />
        </div>
      ))}
    </div>
  );
}
