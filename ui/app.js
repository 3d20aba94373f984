// The wizard's entry point: registers the screens and opens the welcome screen.
import { register, go } from './nav.js';
import { welcome } from './screens/welcome.js';
import { storeUrl } from './screens/url.js';
import { progress } from './screens/progress.js';
import { results } from './screens/results.js';
import { connect } from './screens/connect.js';
import { authorize } from './screens/authorize.js';
import { done } from './screens/done.js';
import { explain } from './screens/explain.js';
import { startWatching } from './watch.js';
import { startLanguage } from './language.js';

register('welcome', welcome);
register('url', storeUrl);
register('progress', progress);
register('results', results);
register('connect', connect);
register('authorize', authorize);
register('done', done);
register('explain', explain);

document.getElementById('logo').setAttribute('alt', '');
// Every screen speaks the app's language: it is loaded before the first one.
startLanguage().catch(() => {}).finally(() => {
  go('welcome');
  startWatching();
});
