import type { NameStyle } from '../../pdf/planDocument';

export const NAME_STYLE_LABELS: Record<NameStyle, string> = {
  full: 'Full name',
  first: 'First name only',
  initials: 'Initials only',
};

interface Props {
  value: NameStyle;
  onChange(style: NameStyle): void;
  /** Unique on the page; the radios' ids start with it. */
  id: string;
}

/** "How should the child's name appear in the PDF?": full name, first name or initials. */
export function NameStyleChoice({ value, onChange, id }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="form-group">
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="fieldset__legend">How should the child’s name appear in the PDF?</legend>
        <div className="hint" id={hintId}>
          On the pages only: the plan file attached inside the PDF keeps everything in full, so it can be opened again.
        </div>
        <div className="radios radios--inline">
          {(Object.keys(NAME_STYLE_LABELS) as NameStyle[]).map((style) => (
            <div className="radios__item" key={style}>
              <input
                className="radios__input"
                type="radio"
                id={`${id}-${style}`}
                name={id}
                value={style}
                checked={value === style}
                onChange={() => onChange(style)}
              />
              <label className="radios__label" htmlFor={`${id}-${style}`}>
                {NAME_STYLE_LABELS[style]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
