/**
 * The form for one item of a list (a person, a strength or challenge, an arrangement, ...). The item
 * joins the plan only when it is saved whole; until then what has been typed is kept as a draft on
 * this device, so a reload loses nothing.
 */
import { useEffect, useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { Person, Plan } from '../schema/planSchema';
import { newId, upsertItem } from '../state/planOperations';
import { addAnotherHash, returnHash, sectionHash } from '../state/hashRoute';
import { itemDraftKey, readItemDraft, removeItemDraft, writeItemDraft } from '../storage/itemDrafts';
import { formIssues, type FormIssue } from '../forms/formValues';
import { flattenErrors, issuesResolver } from './formValidation';
import { summaryErrors } from './useSectionForm';
import { useTranslator } from './useTranslator';
import { useLandOnQuestion } from './useLandOnQuestion';
import type { SectionProps } from './sectionProps';

/** Sections whose items have their own add/change pages; views live in the voices section. */
export type ItemList = 'people' | 'factors' | 'arrangements' | 'support' | 'voices';

interface Options<V extends FieldValues, T extends { id: string }> {
  props: SectionProps;
  list: ItemList;
  /** The item being changed, or undefined when adding. */
  existing: T | undefined;
  /** Prefix of new ids, e.g. "p" for people. */
  idPrefix: string;
  toValues(item: T | undefined): V;
  prepare(values: V, id: string): unknown;
  schema: z.ZodMiniType;
  rename?: Record<string, string>;
  /** Where error summary links go for names that are not single fields. */
  targets?: Record<string, string>;
  /** Applies the saved item to the plan; defaults to adding or replacing it in `list`. */
  save?(plan: Plan, item: T): Plan;
  /** The form's own problems, beyond the schema's. */
  extraIssues?(values: V): FormIssue[];
  /** People the form adds to the plan's register in place, saved with the item (after it). */
  newPeople?(values: V): Person[];
}

export function useItemForm<V extends FieldValues, T extends { id: string }>(options: Options<V, T>) {
  const { props, list, existing, idPrefix, toValues, prepare, schema, rename, targets } = options;
  const { plan, route, onCommit, navigate } = props;
  const { t } = useTranslator();
  // An item started from a common one keeps its draft apart from a plain "Add".
  const slot = route.item === 'add' && route.start ? `add-${route.start}` : (route.item ?? 'add');
  const draftKey = itemDraftKey(plan.id, list, slot);
  const draft = useMemo(() => readItemDraft<{ id: string; values: V }>(draftKey), [draftKey]);
  const id = existing?.id ?? draft?.id ?? newId(idPrefix);
  const back = route.from ? returnHash(route, route.from) : sectionHash(plan.id, list);

  const methods = useForm<V>({
    defaultValues: (draft?.values ?? toValues(existing)) as DefaultValues<V>,
    resolver: issuesResolver((values: V) => {
      // The form's own problem with a question says more than the schema's about the same question.
      const own = options.extraIssues?.(values) ?? [];
      const question = (name: string) => name.split('.')[0];
      const asked = new Set(own.map((i) => question(i.name)));
      const fromSchema = formIssues(t, schema, prepare(values, id), [], rename);
      return [...fromSchema.filter((i) => !asked.has(question(i.name))), ...own];
    }),
    shouldFocusError: false,
  });

  useLandOnQuestion(route.field, rename);

  useEffect(() => {
    const subscription = methods.watch((values) => writeItemDraft(draftKey, { id, values }));
    return () => subscription.unsubscribe();
  }, [methods, draftKey, id]);

  const save = (values: V) => {
    const item = schema.parse(prepare(values, id)) as T;
    removeItemDraft(draftKey);
    const people = options.newPeople?.(values) ?? [];
    onCommit((plan) => {
      // The item first, so a person saved with others (both adoptive parents) keeps the order typed.
      const withItem = options.save
        ? options.save(plan, item)
        : upsertItem(plan, list as Exclude<ItemList, 'voices'>, item as never);
      return people.reduce((next, person) => upsertItem(next, 'people', person), withItem);
    });
  };
  const onSubmit = methods.handleSubmit((values) => {
    save(values);
    navigate(back);
  });
  /** Saves, then opens an empty form for the next item: one screen per item instead of two. */
  const onSubmitAndAddAnother = methods.handleSubmit((values) => {
    save(values);
    navigate(addAnotherHash(route), { notice: t('planner.form.savedAddAnother') });
  });

  const cancel = () => removeItemDraft(draftKey);
  const errors = summaryErrors(flattenErrors(methods.formState.errors), targets);
  return {
    methods,
    onSubmit,
    /** "Save and add another", offered only when adding. */
    onSubmitAndAddAnother: existing ? undefined : onSubmitAndAddAnother,
    errors,
    submitCount: methods.formState.submitCount,
    back,
    cancel,
    id,
  };
}
