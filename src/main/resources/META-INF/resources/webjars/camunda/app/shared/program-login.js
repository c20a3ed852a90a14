// The program has one login (its own /login page, Spring Security). After a logout or an
// expired session a webapp routes to its own login form (#/login), which would not work here:
// send the browser to the program's login page instead, coming back to this app afterwards.
const appRoot = document.querySelector('base').getAttribute('app-root');
const loginPage = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/login';

function toProgramLogin() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', toProgramLogin);
toProgramLogin();

export default [];
