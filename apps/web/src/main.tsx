import { render } from 'preact';
import './styles.css';
import './api/session';
import './api/view-beacon';
import { App } from './app';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
