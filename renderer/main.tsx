import { prefetchCalls } from './api/client';
import { firstCalls } from './app/firstCalls';
import { pageNameOf, preloadPage } from './app/pages';
import { locationFromHash } from './app/routes';

/**
 * The first script: asks the core for the opening page's first rows, then loads the program. The bulk of the code
 * (React, antd, AG Grid, the pages) takes a few hundred milliseconds to parse on an office PC; the rows arrive
 * meanwhile instead of after it.
 */
prefetchCalls(firstCalls());
preloadPage(pageNameOf(locationFromHash()));
void import('./bootstrap');
