import type { NameStyle } from '../../pdf/planDocument';
import { useToolTranslator } from '../useToolTranslator';

/** The choices, in the order shown; each is labelled `signoff.nameStyle.<style>`. */
export const NAME_STYLES: readonly NameStyle[] = ['full', 'first', 'initials'];

interface Props {
  value: NameStyle;
  onChange(style: NameStyle): void;
  /** Unique on the page; the radios' ids start with it. */
  id: string;
}

/** "How should the child's name appear in the PDF?": full name, first name or initials. */
export function NameStyleChoice({ value, onChange, id }: Props) {
  const { t } = useToolTranslator();
  const hintId = `${id}-hint`;
  return (
    <div className="form-group">
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="fieldset__legend">{t('signoff.nameStyle.legend')}</legend>
        <div className="hint" id={hintId}>
          {t('signoff.nameStyle.hint')}
        </div>
        <div className="radios radios--inline">
          {NAME_STYLES.map((style) => (
            <div className="radios__item" key={style}>
              <input
                autoComplete="off"
                className="radios__input"
                type="radio"
                id={`${id}-${style}`}
                name={id}
                value={style}
                checked={value === style}
                onChange={() => onChange(style)}
              />
              <label className="radios__label" htmlFor={`${id}-${style}`}>
                {t(`signoff.nameStyle.${style}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
