import { useEffect } from 'react';

const APP = 'Uppföljning';

/** Sets the document title of the view: "<view> – Uppföljning". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP}` : APP;
  }, [title]);
}
