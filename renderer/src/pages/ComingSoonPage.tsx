// A section whose feature has not been built yet: says so plainly instead of pretending.
import { Empty, Typography } from 'antd';

export function ComingSoonPage({ title, text }: { title: string; text: string }) {
  return (
    <section className="page">
      <Typography.Title level={2}>{title}</Typography.Title>
      <Empty
        description={
          <span>
            {text}
            <br />
            此功能正在开发中，将在后续版本提供。
          </span>
        }
      />
    </section>
  );
}
