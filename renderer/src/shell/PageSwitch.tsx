// Maps the current route to its page.
import type { Route } from '../hooks/use-hash-route';
import { LibraryPage } from '../pages/library/LibraryPage';
import { ReaderPage } from '../pages/reader/ReaderPage';
import { SearchPage } from '../pages/search/SearchPage';
import { QuotesPage } from '../pages/QuotesPage';
import { AnnotationsPage } from '../pages/AnnotationsPage';
import { TagsPage } from '../pages/TagsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { HelpPage } from '../pages/HelpPage';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { QuizPage } from '../pages/quiz/QuizPage';
import { SessionsPage } from '../pages/sessions/SessionsPage';
import { ProjectorPage } from '../pages/sessions/ProjectorPage';
import { ComparePage } from '../pages/compare/ComparePage';
import { TimelinePage } from '../pages/compare/TimelinePage';
import { VerifyPage } from '../pages/verify/VerifyPage';

export function PageSwitch({ route }: { route: Route }) {
  switch (route.page) {
    case 'library':
      return <LibraryPage />;
    case 'reader':
      return (
        <ReaderPage
          key={route.params.get('id') ?? ''}
          id={route.params.get('id') ?? ''}
          highlight={route.params.get('q') ?? ''}
          annotationId={route.params.has('a') ? Number(route.params.get('a')) : undefined}
          paragraph={route.params.has('p') ? Number(route.params.get('p')) : undefined}
          passage={passageOf(route.params)}
        />
      );
    case 'search':
      return <SearchPage query={route.params.get('q') ?? ''} />;
    case 'quotes':
      return <QuotesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'help':
      return <HelpPage />;
    case 'annotations':
      return <AnnotationsPage />;
    case 'tags':
      return <TagsPage initialQuery={route.params.get('q') ?? ''} />;
    case 'quiz':
      return <QuizPage tab={route.params.get('tab') ?? 'daily'} />;
    case 'sessions':
      return <SessionsPage route={route} />;
    case 'projector':
      return <ProjectorPage id={Number(route.params.get('id') ?? 0)} />;
    case 'compare':
      return <ComparePage route={route} />;
    case 'verify':
      return <VerifyPage route={route} />;
    case 'tifa':
      return <TimelinePage route={route} />;
    default:
      return <ComingSoonPage title="找不到页面" text="该页面不存在。" />;
  }
}

/** An exact passage to open at: paragraph p, characters [s, e) (e.g. a quiz question's source). */
function passageOf(params: URLSearchParams) {
  const [p, s, e] = ['p', 's', 'e'].map((k) => Number(params.get(k) ?? NaN));
  return Number.isInteger(p) && Number.isInteger(s) && Number.isInteger(e) && e! > s!
    ? { paragraph: p!, start: s!, end: e! }
    : undefined;
}
