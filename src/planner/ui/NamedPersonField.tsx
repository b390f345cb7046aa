/**
 * "Who exactly?": pick someone in the plan, add someone to it in place (a professional, with their
 * role), or write a name, role or service in words. The values live under `name` as
 * `{ who, name, role }` (see forms/namedPerson.ts).
 */
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { personWithPartLabel } from '../answers/planAnswers';
import { ADD_TO_REGISTER, WRITTEN_IN } from '../forms/namedPerson';
import type { Person, PlanContent } from '../schema/planSchema';
import { Radios } from './fields/Radios';
import { Select } from './fields/Select';
import { TextInput } from './fields/TextInput';
import { useTranslator } from './useTranslator';

interface Props {
  /** The values' name, e.g. `organiserWho`. */
  name: string;
  label: string;
  hint?: string;
  plan: Pick<PlanContent, 'people'>;
  /** The text of the empty choice: "Not named" where naming someone is optional. */
  placeholder?: string;
  /** The people of the register to offer, where the question asks for one kind (a professional). */
  among?(person: Person): boolean;
}

/** Up to this many people to choose from are shown as radios, all in view; more as a drop-down. */
const MOST_AS_RADIOS = 4;

export function NamedPersonField({ name, label, hint, plan, placeholder, among }: Props) {
  const i18n = useTranslator();
  const { t } = i18n;
  const who = useFormContext().watch(`${name}.who`) as string;
  // Whoever the answer named when the form opened stays on offer, even if not of the kind asked.
  const [named] = useState(who);
  const people = among ? plan.people.filter((p) => among(p) || p.id === named) : plan.people;
  const options = [
    ...people.map((p) => [p.id, personWithPartLabel(plan, p.id, i18n)] as const),
    [ADD_TO_REGISTER, t('planner.namedPerson.add')] as const,
    [WRITTEN_IN, t('planner.namedPerson.writtenIn')] as const,
  ];
  return (
    <>
      {people.length <= MOST_AS_RADIOS ? (
        <Radios
          name={`${name}.who`}
          legend={label}
          hint={hint}
          options={placeholder === undefined ? options : [...options, ['', placeholder] as const]}
        />
      ) : (
        <Select name={`${name}.who`} label={label} hint={hint} placeholder={placeholder} options={options} />
      )}
      {who === WRITTEN_IN && (
        <TextInput
          name={`${name}.name`}
          label={t('planner.namedPerson.written.label')}
          hint={t('planner.namedPerson.written.hint')}
          width="medium"
        />
      )}
      {who === ADD_TO_REGISTER && (
        <div className="inset-text">
          <p className="hint">{t('planner.namedPerson.addedAs')}</p>
          <TextInput name={`${name}.name`} label={t('planner.namedPerson.name.label')} width="medium" />
          <TextInput
            name={`${name}.role`}
            label={t('planner.namedPerson.role.label')}
            hint={t('plan.person.role.hint')}
            width="medium"
          />
        </div>
      )}
    </>
  );
}
