import { Alert, Button, Descriptions, Radio, Space, Table, Typography } from 'antd';
import type { ImportDuplicate, ImportPreview, ImportProblem } from '../../../shared/contract/imports';

export type Choice = 'skip' | 'update';

interface Props {
  preview: ImportPreview;
  choices: Record<string, Choice>;
  onChoose: (key: string, choice: Choice) => void;
  onChooseAll: (choice: Choice) => void;
}

const problemColumns = [
  { title: '行', dataIndex: 'row', width: 70, render: (row: number | null) => (row === null ? '—' : `第${row}行`) },
  { title: '列', dataIndex: 'column', width: 160, render: (column: string | null) => column ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

/** What the file would do: counts, every problem by row and column, the warnings, and the duplicates to decide. */
export function ImportPreviewView({ preview, choices, onChoose, onChooseAll }: Props) {
  const duplicateRows = preview.duplicates.reduce((n, d) => n + d.rows.length, 0);
  const problems = preview.problems.length + preview.moreProblems;
  const keyed = (items: ImportProblem[]) => items.map((item, index) => ({ ...item, key: index }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-preview">
      <Descriptions size="small" bordered column={5}>
        <Descriptions.Item label="文件">{preview.fileName}</Descriptions.Item>
        <Descriptions.Item label="数据行">{preview.rows}</Descriptions.Item>
        <Descriptions.Item label="新增">{preview.newRows}</Descriptions.Item>
        <Descriptions.Item label="与台账重复">{duplicateRows}</Descriptions.Item>
        <Descriptions.Item label="问题">
          <Typography.Text type={problems > 0 ? 'danger' : 'success'}>{problems}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {problems > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            message={`文件有${problems}处问题，不能导入`}
            description="请按下表在 Excel 中修改（行号与 Excel 中显示的一致），保存后点“重新检查”。任何一行有问题，都不会写入任何一行。"
          />
          <Table<ImportProblem & { key: number }>
            size="small"
            columns={problemColumns}
            dataSource={keyed(preview.problems)}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-problems"
            footer={preview.moreProblems > 0 ? () => `另有${preview.moreProblems}处问题未列出` : undefined}
          />
        </>
      ) : (
        <Alert type="success" showIcon message="检查通过，可以导入" />
      )}
      {preview.warnings.length > 0 && (
        <>
          <Typography.Title level={5}>提示（不影响导入）</Typography.Title>
          <Table<ImportProblem & { key: number }> size="small" columns={problemColumns} dataSource={keyed(preview.warnings)} pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="import-warnings" />
        </>
      )}
      {preview.duplicates.length > 0 && (
        <>
          <Space>
            <Typography.Title level={5} style={{ margin: 0 }}>
              与台账中已有记录重复
            </Typography.Title>
            <Button size="small" onClick={() => onChooseAll('skip')} data-testid="duplicates-skip-all">
              全部跳过
            </Button>
            <Button size="small" onClick={() => onChooseAll('update')} data-testid="duplicates-update-all">
              全部更新
            </Button>
          </Space>
          <Table<ImportDuplicate>
            size="small"
            rowKey="key"
            dataSource={preview.duplicates}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-duplicates"
            columns={[
              { title: '行', dataIndex: 'rows', width: 120, render: (rows: number[]) => rows.map((r) => `第${r}行`).join('、') },
              { title: '重复依据', dataIndex: 'by', width: 160 },
              { title: '值', dataIndex: 'value', width: 200 },
              { title: '台账中的记录', dataIndex: 'existingTitle' },
              {
                title: '处理',
                width: 200,
                render: (_: unknown, duplicate: ImportDuplicate) => (
                  <Radio.Group
                    size="small"
                    value={choices[duplicate.key] ?? 'skip'}
                    onChange={(event) => onChoose(duplicate.key, event.target.value as Choice)}
                    data-testid={`duplicate-choice-${duplicate.key}`}
                  >
                    <Radio.Button value="skip">跳过</Radio.Button>
                    <Radio.Button value="update">用表格更新</Radio.Button>
                  </Radio.Group>
                ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
