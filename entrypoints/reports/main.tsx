import { render } from 'preact';
import '@/components/styles/base.css';
import './reports.css';
import { ReportsApp } from './ReportsApp';

render(<ReportsApp />, document.getElementById('app')!);
