import { DownloadOutlined, ExportOutlined, FolderOpenOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Radio, Space, Steps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../shared/contract/imports';
import { toIsoDate } from '../../../shared/dates';
import { IMPORT_KIND_DEFS, IMPORT_KINDS, type ImportKind } from '../../../shared/import/kinds';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { goTo, hashParams } from '../../app/routes';
import { errorMessage } from '../../lib/errors';
import { useJobRunner } from '../jobs/JobProvider';
import { ClueSelect } from './ClueSelect';
import { ImportPreviewView, type Choice } from './ImportPreviewView';
import { chooseSavePath, exportName, templateName } from './importFiles';

/** Where the records of a kind are seen after the import. */
const LEDGER_PAGE = { projects: 'projects', companies: 'companies', clues: 'clues', rosters: 'clues' } as const;

function initialKind(): ImportKind {
  const kind = hashParams().get('kind');
  return (IMPORT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ImportKind) : 'companies';
}

function initialClue(): number | null {
  const clue = Number(hashParams().get('clue'));
  return Number.isSafeInteger(clue) && clue > 0 ? clue : null;
}

/**
 * 从Excel导入: choose what to import (and the clue, for a roster), download the template, choose the file, read the
 * preview — every problem by row and column, the duplicates to skip or update — and import it whole, or not at all.
 */
export function ImportPage() {
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const { reloadCompanies, reloadProjects } = useLedgerData();
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [clueId, setClueId] = useState<number | null>(initialClue);
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const label = IMPORT_KIND_DEFS[kind].label;
  const target = useMemo(() => ({ kind, path: file ?? '', ...(kind === 'rosters' && clueId !== null ? { clueId } : {}) }), [kind, file, clueId]);
  const needsClue = kind === 'rosters' && clueId === null;

  const reset = () => {
    setFile(null);
    setPreview(null);
    setChoices({});
    setResult(null);
    setRefusal(null);
  };

  const saveTemplate = async () => {
    const path = await chooseSavePath(`保存${label}导入模板`, templateName(kind));
    if (!path) return;
    try {
      await api().imports.template({ kind, path });
      message.success(`模板已保存：${path}`);
    } catch (error) {
      message.error(`生成模板失败：${errorMessage(error)}`);
    }
  };

  const exportRecords = async () => {
    const path = await chooseSavePath(`导出${label}`, exportName(kind, toIsoDate(new Date())));
    if (!path) return;
    try {
      const done = await jobs.run(`导出${label}`, () => api().imports.export({ ...target, path }));
      if (done) message.success(`已导出${done.rows}条：${done.path}`);
    } catch (error) {
      message.error(`导出失败：${errorMessage(error)}`);
    }
  };

  const check = async (path: string) => {
    setPreview(null);
    setResult(null);
    setRefusal(null);
    try {
      const checked = await jobs.run(`检查${label}表格`, () => api().imports.preview({ ...target, path }));
      if (checked) setPreview(checked);
    } catch (error) {
      setRefusal(errorMessage(error));
    }
  };

  const chooseFile = async () => {
    const chosen = await api().shell.chooseOpenFile({ title: `选择要导入的${label}表格`, kind: 'xlsx' });
    if (!chosen) return;
    setFile(chosen.path);
    setChoices({});
    await check(chosen.path);
  };

  const commit = async () => {
    if (!file) return;
    try {
      const done = await jobs.run(`导入${label}`, () => api().imports.commit({ ...target, choices }));
      if (!done) return;
      setResult(done);
      setPreview(null);
      if (kind === 'companies') await reloadCompanies();
      if (kind === 'projects') await reloadProjects();
    } catch (error) {
      setRefusal(errorMessage(error));
    }
  };

  const step = result ? 3 : preview ? 2 : file ? 1 : 0;
  return (
    <div className="page import-page" data-testid="page-import">
      <Typography.Title level={4}>从Excel导入</Typography.Title>
      <Steps size="small" current={step} items={[{ title: '选择种类和模板' }, { title: '选择文件' }, { title: '检查结果' }, { title: '完成' }]} style={{ marginBottom: 16 }} />
      <Card size="small" title="1. 导入什么" style={{ marginBottom: 12 }}>
        <Space direction="vertical">
          <Radio.Group
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              reset();
            }}
            optionType="button"
            options={IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_DEFS[k].label }))}
            data-testid="import-kind"
          />
          {kind === 'rosters' && (
            <ClueSelect
              value={clueId}
              onChange={(id) => {
                setClueId(id);
                reset();
              }}
              testId="import-clue"
            />
          )}
          <Space>
            <Button icon={<DownloadOutlined />} onClick={() => void saveTemplate()} data-testid="import-template">
              下载模板
            </Button>
            <Button icon={<ExportOutlined />} onClick={() => void exportRecords()} disabled={needsClue} data-testid="import-export">
              导出现有{label}（可修改后再导入）
            </Button>
          </Space>
          <Typography.Text type="secondary">
            表头须与模板一致（也认得常见写法，如“信用代码”“身份证号码”）；重复的记录按“{IMPORT_KIND_DEFS[kind].duplicateBy}”识别。
          </Typography.Text>
        </Space>
      </Card>
      <Card size="small" title="2. 选择文件并检查" style={{ marginBottom: 12 }}>
        <Space>
          <Button type="primary" icon={<FolderOpenOutlined />} onClick={() => void chooseFile()} disabled={needsClue} data-testid="import-choose-file">
            选择Excel文件…
          </Button>
          {file && (
            <Button icon={<ReloadOutlined />} onClick={() => void check(file)} data-testid="import-recheck">
              重新检查
            </Button>
          )}
          {file && <Typography.Text type="secondary">{file}</Typography.Text>}
        </Space>
      </Card>
      {refusal && <Alert type="error" showIcon message="不能导入" description={refusal} style={{ marginBottom: 12 }} data-testid="import-refusal" />}
      {preview && (
        <Card size="small" title="3. 检查结果" style={{ marginBottom: 12 }}>
          <ImportPreviewView
            preview={preview}
            choices={choices}
            onChoose={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
            onChooseAll={(choice) => setChoices(Object.fromEntries(preview.duplicates.map((d) => [d.key, choice])))}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            style={{ marginTop: 12 }}
            disabled={preview.problems.length + preview.moreProblems > 0}
            onClick={() => void commit()}
            data-testid="import-commit"
          >
            导入
          </Button>
        </Card>
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="import-result"
          message={`导入完成：新增${result.created}条，更新${result.updated}条，跳过${result.skipped}条`}
          action={
            <Button size="small" onClick={() => (kind === 'rosters' && clueId !== null ? goTo('clues', clueId) : goTo(LEDGER_PAGE[kind]))}>
              查看{kind === 'rosters' ? '线索' : `${label}台账`}
            </Button>
          }
        />
      )}
    </div>
  );
}
