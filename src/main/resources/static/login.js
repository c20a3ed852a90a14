// A task link (…/tasklist/default/#/?task=…) keeps its fragment through the redirect to this
// page, but a form post drops it: carry it on, so the browser lands on the task after login.
document.getElementById('login-form').addEventListener('submit', function (event) {
  if (window.location.hash) {
    event.target.action = event.target.getAttribute('action').split('#')[0] + window.location.hash;
  }
});
