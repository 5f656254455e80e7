import { render } from 'preact';
import '@/components/styles/base.css';
import { SidebarApp } from './SidebarApp';

render(<SidebarApp />, document.getElementById('app')!);
