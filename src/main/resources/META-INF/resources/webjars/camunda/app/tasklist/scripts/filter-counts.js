// Tasklist shows how many tasks a filter holds only beside the filter that is open. The program
// office works by several filters (Applications to decide, Academy, Overdue, ...), so every
// filter's name gets its count: the engine's count of the tasks this person may see in it
// (GET filter?itemCount=true), fetched again on every navigation and every 30 seconds. Filters
// drawn while no count has arrived yet (the first fetch failed, or came too early) ask again
// every 2 seconds until one does.
const engineApi = document.querySelector('base').getAttribute('engine-api') + 'engine/default/';
let counts = null;
let fetching = false;
let fetchAgain = false;
let retry = null;

function filterName(link) {
  return Array.from(link.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent).join('').trim();
}

function showCounts() {
  const links = document.querySelectorAll('.task-filter h4.name a');
  if (counts === null) {
    if (links.length > 0 && !fetching && retry === null) {
      retry = setTimeout(fetchCounts, 2000);
    }
    return;
  }
  links.forEach((link) => {
    const count = counts[filterName(link)];
    let badge = link.querySelector('.filter-count');
    if (count === undefined) {
      if (badge) {
        badge.remove();
      }
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'filter-count';
      link.appendChild(badge);
    }
    if (badge.textContent !== String(count)) {
      badge.textContent = String(count);
    }
  });
}

async function fetchCounts() {
  if (fetching) {
    fetchAgain = true;
    return;
  }
  fetching = true;
  clearTimeout(retry);
  retry = null;
  try {
    const answer = await fetch(engineApi + 'filter?resourceType=Task&itemCount=true',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (answer.ok) {
      counts = Object.fromEntries((await answer.json()).map((filter) => [filter.name, filter.itemCount]));
    }
  } catch (e) {
    // offline or logged out: the counts stay as they were
  } finally {
    fetching = false;
  }
  showCounts();
  if (fetchAgain) {
    fetchAgain = false;
    fetchCounts();
  }
}

new MutationObserver(showCounts).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', fetchCounts);
setInterval(fetchCounts, 30000);
fetchCounts();

export default [];
