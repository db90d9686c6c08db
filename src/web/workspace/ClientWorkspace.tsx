import { useState } from 'react';
import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { CheckinsPanel } from './CheckinsPanel.tsx';
import { HomeworkPanel } from './HomeworkPanel.tsx';
import { InsightsPanel } from './InsightsPanel.tsx';
import { MeasuresPanel } from './MeasuresPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PlanSession } from './PlanSession.tsx';
import { PlansPanel } from './PlansPanel.tsx';
import { ReflectionsPanel } from './ReflectionsPanel.tsx';
import { Tabs } from './Tabs.tsx';
import type { TabItem } from './Tabs.tsx';
import './workspace.css';
import './charts.css';
import './records.css';

const TABS: TabItem[] = [
  { id: 'measures', label: 'Measures' },
  { id: 'mood', label: 'Mood' },
  { id: 'reflections', label: 'Reflections' },
  { id: 'insights', label: 'Insights' },
  { id: 'plan-session', label: 'Directives' },
  { id: 'homework', label: 'Homework' },
  { id: 'notes', label: 'Notes' },
  { id: 'plans', label: 'Plan' },
];

/**
 * The therapist's clinical workspace for one client, in tabs so a session stays on one screen:
 * measures, mood check-ins, reflections, artwork insights, planning a session from the directive
 * catalogue, homework, session notes and plans.
 */
export function ClientWorkspace({ client }: { client: Client }) {
  const [tab, setTab] = useState(() => initialTab());
  const choose = (id: string) => {
    setTab(id);
    // Remember the tab in the address, so reloading or sharing the page keeps the place.
    history.replaceState(null, '', `${location.pathname}#${id}`);
  };

  return (
    <section className="card ws" aria-labelledby="ws-heading">
      <h2 id="ws-heading">Clinical workspace</h2>
      <p className="ws-links">
        <Link to={`/clients/${client.id}/music`}>Music for {client.displayName}</Link>
        <span className="muted"> — pieces, listening and what helps</span>
      </p>
      <Tabs label={`Clinical record of ${client.displayName}`} tabs={TABS} current={tab} onChange={choose}>
        {panel(tab, client)}
      </Tabs>
    </section>
  );
}

function panel(tab: string, client: Client) {
  switch (tab) {
    case 'mood':
      return <CheckinsPanel clientId={client.id} />;
    case 'reflections':
      return <ReflectionsPanel client={client} />;
    case 'insights':
      return <InsightsPanel client={client} />;
    case 'plan-session':
      return <PlanSession client={client} />;
    case 'homework':
      return <HomeworkPanel client={client} />;
    case 'notes':
      return <NotesPanel client={client} />;
    case 'plans':
      return <PlansPanel client={client} />;
    default:
      return <MeasuresPanel client={client} />;
  }
}

function initialTab(): string {
  const hash = location.hash.slice(1);
  return TABS.some((t) => t.id === hash) ? hash : 'measures';
}
