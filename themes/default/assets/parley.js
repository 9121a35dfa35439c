// parley: progressive enhancement for the course pages. Every page reads fine without it.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
})();
