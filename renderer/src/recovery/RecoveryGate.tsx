// Asks the core at start (and whenever a call reports DATABASE_DAMAGED) whether the user database
// is open; shows the recovery page instead of the app while it is not, and a notice in read-only
// mode. The rest of the app never sees a damaged database.
import { Alert } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { api, DATABASE_DAMAGED_EVENT } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { RecoveryPage } from './RecoveryPage';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useApi(() => api.backupStatus({}), []);
  const { reload } = status;
  useEffect(() => {
    window.addEventListener(DATABASE_DAMAGED_EVENT, reload);
    return () => window.removeEventListener(DATABASE_DAMAGED_EVENT, reload);
  }, [reload]);
  const s = status.data;
  if (s?.mode === 'recovery') return <RecoveryPage status={s} onDone={() => window.location.reload()} />;
  return (
    <>
      {s?.mode === 'read-only' && (
        <Alert
          type="warning"
          banner
          message={`${s.problem?.message ?? ''} 当前以只读方式打开：可以查看，不能保存修改。`}
        />
      )}
      {children}
    </>
  );
}
