import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';

export function NotFoundPage({ message }: { message?: string }) {
  return (
    <section className="card">
      <PageHeading title="Page not found">We couldn’t find that page</PageHeading>
      <p>{message ?? 'The link may be old, or the page may have moved.'}</p>
      <p>
        <Link to="/" className="button button--secondary">
          Go to the start page
        </Link>
      </p>
    </section>
  );
}
