import { Link } from './Link.tsx';

/** The Hearth mark and name; links home. */
export function Brand() {
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="9" fill="#f1e6da" />
        <path d="M16 5c1.5 4.5 7 7.5 7 13.5a7 7 0 0 1-14 0c0-3.2 1.7-5.3 3.4-7 .3 2.2 1.2 3.6 2.6 4.3C14.6 12.4 14.4 8.6 16 5z" fill="#a4502c" />
        <path d="M16 17c1.8 1.8 3 3.2 3 5a3 3 0 0 1-6 0c0-1.8 1.2-3.2 3-5z" fill="#e9b872" />
      </svg>
      <span className="brand__name">Hearth</span>
    </Link>
  );
}
