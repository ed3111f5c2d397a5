import { Layout } from '../shared/Layout.tsx';
import { Link } from '../shared/router.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';

export function NotFound({ message }: { message?: string }) {
  useDocumentTitle('Sidan finns inte');
  const heading = useHeadingFocus<HTMLHeadingElement>(true, 'not-found');
  return (
    <Layout>
      <h1 ref={heading} tabIndex={-1}>
        Sidan finns inte
      </h1>
      <p>{message ?? 'Adressen leder inte till någon nämnd eller rapport.'}</p>
      <p>
        <Link to="/">Till listan över nämnder</Link>
      </p>
    </Layout>
  );
}
