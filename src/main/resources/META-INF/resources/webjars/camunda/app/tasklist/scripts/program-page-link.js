// A link to the person's own program page (/me) in Tasklist's header, beside the brand: where
// they stand, their dates and tasks. The header is drawn by AngularJS after this script runs,
// so the link is added once the header's .navbar-header exists. Its label comes from the server in
// the logged-in person's language (/me/link-label); both languages until it has answered.
const appRoot = document.querySelector('base').getAttribute('app-root');
const programPage = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/me';

function addLink() {
  const header = document.querySelector('[cam-widget-header] .navbar-header');
  if (!header || document.getElementById('program-page-link')) {
    return Boolean(header);
  }
  const link = document.createElement('a');
  link.id = 'program-page-link';
  link.className = 'program-page-link';
  link.href = programPage;
  link.textContent = 'My program · Mein Programm';
  header.appendChild(link);
  fetch(programPage + '/link-label', {credentials: 'same-origin'})
    .then(response => (response.ok ? response.text() : null))
    .then(label => {
      if (label) {
        link.textContent = label;
      }
    })
    .catch(() => {});
  return true;
}

if (!addLink()) {
  const watcher = new MutationObserver(() => {
    if (addLink()) {
      watcher.disconnect();
    }
  });
  watcher.observe(document.body, {childList: true, subtree: true});
}

export default [];
