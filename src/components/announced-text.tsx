import { useEffect } from 'react';
import { useAnnounce } from './announcer-context.ts';

interface AnnouncedTextProps {
  readonly text: string;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A sentence shown where it belongs and said once through the app's live region (an upload
 * finished, say). It is not a live region itself, so it is not said twice.
 */
export function AnnouncedText({ text, className, testId }: AnnouncedTextProps) {
  const announce = useAnnounce();
  useEffect(() => {
    announce(text);
  }, [announce, text]);
  return (
    <p className={className} data-testid={testId}>
      {text}
    </p>
  );
}
