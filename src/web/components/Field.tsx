import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react';

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

type InputFieldProps = Common & InputHTMLAttributes<HTMLInputElement> & { multiline?: false; inputRef?: Ref<HTMLInputElement> };
type TextFieldProps = Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { multiline: true };

/** A labelled input or textarea with an optional hint and an error tied to it for assistive tech. */
export function Field(props: InputFieldProps | TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const { label, hint, error, ...rest } = props;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const control = rest.multiline ? (
    (() => {
      const { multiline: _m, ...ta } = rest;
      return <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...ta} />;
    })()
  ) : (
    (() => {
      const { multiline: _m, inputRef, ...input } = rest;
      return <input id={id} ref={inputRef} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />;
    })()
  );
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
