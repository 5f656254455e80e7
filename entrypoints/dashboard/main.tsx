import { render } from 'preact';
import '@/components/styles/base.css';
import { DashboardApp } from './DashboardApp';

render(<DashboardApp />, document.getElementById('app')!);
