import { render } from 'preact';
import '../../src/ui/pages/pages.css';
import { browserStore } from '../../src/ui/pages/browser-store';
import { Options } from '../../src/ui/options/Options';

const root = document.getElementById('app');
if (root) render(<Options store={browserStore} />, root);
