import { companyEntity } from '../domain/company';
import { domain } from './define';
import { recordMethods } from './records';

export const companiesContract = domain('companies', recordMethods(companyEntity));
