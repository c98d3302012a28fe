import { render } from 'preact';
import '../../src/ui/pages/pages.css';
import { browserStore } from '../../src/ui/pages/browser-store';
import { RulesExplorer } from '../../src/ui/rules/RulesExplorer';

const root = document.getElementById('app');
if (root) render(<RulesExplorer store={browserStore} />, root);
