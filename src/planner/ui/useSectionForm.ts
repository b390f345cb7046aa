/**
 * A section's form: react-hook-form over one part of the plan, autosaving what is valid while the
 * user types, and on "Save and continue" checking the section against the draft rules or, when the
 * user says it is complete, the completeness rules, with the schema's messages.
 */
import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { CheckedSectionId, Plan } from '../schema/planSchema';
import { sectionCompleteSchemas } from '../schema/planSchema';
import { mergeValid } from '../state/draftMerge';
import { setSectionCompleted } from '../state/planOperations';
import { nextSectionHash, returnHash } from '../state/hashRoute';
import { formIssues, type FormIssue } from '../forms/formValues';
import { flattenErrors, issuesResolver } from './formValidation';
import { fieldId } from './fields/fieldId';
import { COMPLETED_REQUIRED_KEY } from './CompletedQuestion';
import { useTranslator } from './useTranslator';
import { useLandOnQuestion } from './useLandOnQuestion';
import type { SummaryError } from './ErrorSummary';
import type { SectionProps } from './sectionProps';

export type WithCompleted<V> = V & { completed: '' | 'yes' | 'no' | null };

interface Options<V extends FieldValues> {
  props: SectionProps;
  section: CheckedSectionId;
  /** The form's starting values, from the plan. */
  toValues(plan: Plan): V;
  /** The section's value (as stored in the plan) from the form's values. */
  prepare(values: V, plan: Plan): unknown;
  draftSchema: z.ZodMiniType;
  /** Field names for schema paths that differ from them. */
  rename?: Record<string, string>;
  /** Plan-level answers asked on this page as well, written alongside the section's value. */
  extra?(plan: Plan, values: V): Plan;
  /**
   * Problems the completeness schema cannot see (it knows no "today"), checked only when the user
   * says the section is completed: a draft save keeps whatever was typed.
   */
  completedIssues?(prepared: unknown): FormIssue[];
}

/** Turns form issues into error summary links; `targets` overrides where a name links to. */
export const summaryErrors = (issues: FormIssue[], targets: Record<string, string> = {}): SummaryError[] =>
  issues.map((i) => ({ target: targets[i.name] ?? fieldId(i.name), message: i.message }));

/**
 * `issues` with `issue` placed before the first issue about a later field (the fields' order is
 * the order of the prepared value's keys), so the error summary follows the page.
 */
function inFieldOrder(issues: FormIssue[], issue: FormIssue, prepared: unknown): FormIssue[] {
  const fields = typeof prepared === 'object' && prepared !== null ? Object.keys(prepared) : [];
  const position = (i: FormIssue) => {
    const at = fields.indexOf(i.name.split('.')[0]);
    return at === -1 ? fields.length : at;
  };
  const before = issues.findIndex((i) => position(i) > position(issue));
  return before === -1 ? [...issues, issue] : [...issues.slice(0, before), issue, ...issues.slice(before)];
}

export function useSectionForm<V extends FieldValues>({
  props,
  section,
  toValues,
  prepare,
  draftSchema,
  rename,
  extra,
  completedIssues,
}: Options<V>) {
  const { t } = useTranslator();
  const { plan, route, onDraft, onCommit, navigate } = props;
  const planRef = useRef(plan);
  planRef.current = plan;

  const check = (values: WithCompleted<V>): FormIssue[] => {
    const completed = values.completed === 'yes';
    const schema = completed ? sectionCompleteSchemas[section] : draftSchema;
    const prepared = prepare(values, planRef.current);
    const unanswered = values.completed ? [] : [{ name: 'completed', message: t(COMPLETED_REQUIRED_KEY) }];
    const issues = formIssues(t, schema, prepared, unanswered, rename);
    const own = completed && completedIssues ? completedIssues(prepared) : [];
    return own.reduce((list, issue) => inFieldOrder(list, issue, prepared), issues);
  };

  const methods = useForm<WithCompleted<V>>({
    defaultValues: {
      ...toValues(plan),
      completed: plan.completedSections.includes(section) ? 'yes' : null,
    } as DefaultValues<WithCompleted<V>>,
    resolver: issuesResolver(check),
    shouldFocusError: false,
  });

  useLandOnQuestion(route.field, rename);

  useEffect(() => {
    const subscription = methods.watch((values) => {
      onDraft((p) => {
        const next = mergeValid(draftSchema, prepare(values as WithCompleted<V>, p), p[section]);
        const withSection = next === undefined ? p : ({ ...p, [section]: next } as Plan);
        return extra ? extra(withSection, values as V) : withSection;
      });
    });
    return () => subscription.unsubscribe();
    // The subscription lives as long as the form; props are read through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [methods]);

  const onSubmit = methods.handleSubmit((values) => {
    const value = draftSchema.parse(prepare(values, planRef.current));
    onCommit((p) => {
      const withSection = { ...p, [section]: value } as Plan;
      return setSectionCompleted(extra ? extra(withSection, values) : withSection, section, values.completed === 'yes');
    });
    navigate(route.from ? returnHash(route, route.from) : nextSectionHash(plan.id, section));
  });

  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  return { methods, onSubmit, errors, submitCount: methods.formState.submitCount };
}
