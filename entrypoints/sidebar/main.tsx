import { render } from 'preact';
render(<main aria-label="Professional challenge">Loading…</main>, document.getElementById('app')!);
