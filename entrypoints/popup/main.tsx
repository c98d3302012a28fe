import { render } from 'preact';
import '../../src/ui/pages/pages.css';
import { browserStore } from '../../src/ui/pages/browser-store';
import { Popup } from '../../src/ui/popup/Popup';

const root = document.getElementById('app');
if (root) render(<Popup store={browserStore} />, root);
