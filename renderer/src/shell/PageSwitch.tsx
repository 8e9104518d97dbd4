// Maps the current route to its page.
import type { Route } from '../hooks/use-hash-route';
import { LibraryPage } from '../pages/LibraryPage';
import { ReaderPage } from '../pages/ReaderPage';
import { SearchPage } from '../pages/SearchPage';
import { QuotesPage } from '../pages/QuotesPage';
import { SettingsPage } from '../pages/SettingsPage';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { QuizPage } from '../pages/quiz/QuizPage';

export function PageSwitch({ route }: { route: Route }) {
  switch (route.page) {
    case 'library':
      return <LibraryPage />;
    case 'reader':
      return <ReaderPage id={route.params.get('id') ?? ''} highlight={route.params.get('q') ?? ''} />;
    case 'search':
      return <SearchPage query={route.params.get('q') ?? ''} />;
    case 'quotes':
      return <QuotesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'annotations':
      return <ComingSoonPage title="标注" text="在阅读时划线、加批注和标签，所有标注会汇总在这里。" />;
    case 'quiz':
      return <QuizPage tab={route.params.get('tab') ?? 'daily'} />;
    case 'sessions':
      return <ComingSoonPage title="学习专题" text="为“三会一课”、主题党日准备学习材料、研讨题和会议记录。" />;
    default:
      return <ComingSoonPage title="找不到页面" text="该页面不存在。" />;
  }
}
