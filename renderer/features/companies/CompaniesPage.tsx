import { useMemo } from 'react';
import { companyEntity } from '../../../shared/domain/company';
import type { RecordEntityName } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { ImportButton } from '../imports/ImportButton';
import { RecordLedgerPage, type RecordRows } from '../records/RecordLedgerPage';

const companies = companyEntity as typeof companyEntity & { name: RecordEntityName };
const toolbarExtra = () => <ImportButton kind="companies" />;

/** 单位管理. The rows are the shared company list, so a change here shows at once in the project grid and form. */
export function CompaniesPage() {
  const { companies: rows, setCompanies, reloadCompanies } = useLedgerData();
  const data = useMemo<RecordRows>(() => ({ rows, loadingMore: false, setRows: setCompanies, reload: reloadCompanies }), [rows, setCompanies, reloadCompanies]);
  return <RecordLedgerPage entity={companies} gridId="companies" data={data} toolbarExtra={toolbarExtra} />;
}
