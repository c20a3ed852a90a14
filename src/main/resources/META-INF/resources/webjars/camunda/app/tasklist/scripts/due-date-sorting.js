// The program office works by due date: a task list opened without a sorting of its own is
// sorted by due date, soonest first, so Tasklist's sort menu says what the program's filters do
// (they sort by due date themselves; Tasklist's own default would read "Created"). The address
// changes only once Tasklist has drawn its sort menu: changing it while AngularJS is still
// starting up races with its router.
const BY_DUE_DATE = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const SORT_MENU = '[cam-sorting-choices]';

function sortByDueDate() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || !document.querySelector(SORT_MENU)) {
    return;
  }
  const [path, query = ''] = hash.substring(1).split('?');
  const params = new URLSearchParams(query);
  if (path !== '/' || params.has('sorting')) {
    return;
  }
  params.set('sorting', BY_DUE_DATE);
  window.location.replace('#' + path + '?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDate);
const untilSortMenu = new MutationObserver(() => {
  if (document.querySelector(SORT_MENU)) {
    untilSortMenu.disconnect();
    sortByDueDate();
  }
});
untilSortMenu.observe(document.body, {childList: true, subtree: true});

export default [];
