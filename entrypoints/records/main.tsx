import { render } from 'preact';
import '@/components/styles/base.css';
import './records.css';
import { RecordsApp } from './RecordsApp';

render(<RecordsApp />, document.getElementById('app')!);
