/** The frame of one setting: label, description, where its value comes from, and the organisation lock. */
import type { ComponentChildren } from 'preact';
import type { SettingKey } from '../../settings/schema';
import type { PageData } from '../pages/use-stored';

export interface SettingProps {
  data: PageData;
  name: SettingKey;
  /** A group of controls (radios, switches) is a fieldset with a legend; a single control gets a label. */
  group?: boolean;
  children: (props: { id: string; disabled: boolean; describedBy: string }) => ComponentChildren;
}

export function Setting({ data, name, group, children }: SettingProps) {
  const { t, resolved, organisation } = data;
  const r = resolved[name];
  const id = `setting-${name}`;
  const describedBy = `${id}-description ${id}-source`;
  const label = t(`setting.${name}.label`);
  const org = organisation.policy.organisation?.name;
  const meta = (
    <>
      <p id={`${id}-description`} class="muted">
        {t(`setting.${name}.description`)}
      </p>
      <p id={`${id}-source`} class="source" data-source={r.source}>
        {r.locked ? (
          <span class="locked" data-testid={`locked-${name}`}>
            {org ? t('org.managedBy', { name: org }) : t('org.managed')}
          </span>
        ) : (
          t('options.source', { source: t(`source.${r.source}`) })
        )}
        {r.problem && <span class="error"> {t('options.problem')}</span>}
      </p>
    </>
  );
  const controls = children({ id, disabled: r.locked, describedBy });
  return group ? (
    <fieldset class="setting" data-setting={name} disabled={r.locked}>
      <legend>{label}</legend>
      {meta}
      {controls}
    </fieldset>
  ) : (
    <div class="setting" data-setting={name}>
      <label for={id}>
        <strong>{label}</strong>
      </label>
      {meta}
      {controls}
    </div>
  );
}
