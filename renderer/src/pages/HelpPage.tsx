// 帮助: the first-run guide again, every keyboard shortcut, how 金句 are credited, how a bank's
// keys are read, and where things are kept.
import { Button, Card, Space, Typography } from 'antd';
import { showTour } from '../help/help-events';
import { ShortcutTable } from '../help/ShortcutSheet';
import { navigate } from '../hooks/use-hash-route';

export function HelpPage() {
  return (
    <section className="page help-page">
      <Typography.Title level={2}>帮助</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title="新手引导">
          <Typography.Paragraph>
            几页简短的介绍：书库与导入、搜索、阅读与标注、测验，以及组织一次学习（学习专题）的完整流程。
          </Typography.Paragraph>
          <Button type="primary" onClick={showTour}>
            查看新手引导
          </Button>
        </Card>
        <Card title="快捷键" extra={<Typography.Text type="secondary">随时按 F1 或 ? 查看</Typography.Text>}>
          <ShortcutTable />
        </Card>
        <Card title="金句的讲话人和出处怎么定">
          <Typography.Paragraph>
            只标确定的讲话人：讲话、报告里讲话人自己的话，标讲话人；“某某指出：……”引用的话，标被引用的人；拿不准的不标。
          </Typography.Paragraph>
          <Typography.Paragraph>
            {'讲话里没加引号说出的名言也不算讲话人自己的话：如“绿水青山就是金山银山”标为习近平；' +
              '古语、诗句标出处（如“语出《战国策》”）；来源说不准的常用语（如“空谈误国，实干兴邦”）不标讲话人。' +
              '这样的句子也不出“出自哪篇、哪一年”的题。'}
          </Typography.Paragraph>
          <Typography.Paragraph>
            十一届三中全会（1978年12月）以前的文献标为“历史文献”，可以阅读和搜索，但不出金句和题目；需要时可在书库中改为现行。
          </Typography.Paragraph>
        </Card>
        <Card title="导入题库时答案怎么认">
          <Typography.Paragraph>
            {'认得这些写法：题目下的“答案：A”、题干括号里的字母或（√）、卷末“参考答案”（含题号答案表）、' +
              'Word 里标红、突出显示或加粗的正确选项，以及填空句中加下划线或标红的答案词。'}
          </Typography.Paragraph>
          <Typography.Paragraph>
            答案从不猜测：两处答案不一致、单选标了两个选项、题号对不上的题不导入，并逐条说明原因和改法。
          </Typography.Paragraph>
        </Card>
        <Card title="数据保存在哪里">
          <Typography.Paragraph>
            您的标注、标签、金句本、测验记录和学习专题都保存在本机的数据文件夹中，内置书库更新时不会被覆盖。
          </Typography.Paragraph>
          <Button onClick={() => navigate('settings')}>在设置中查看数据文件夹与版本</Button>
        </Card>
      </Space>
    </section>
  );
}
