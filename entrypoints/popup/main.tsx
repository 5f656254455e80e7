import { render } from 'preact';
import '@/components/styles/base.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
