/**
 * The search page of an exported site (placeholder until the query evaluator is wired in).
 */
const status = document.getElementById('search-status');
if (status) status.textContent = 'Search is not available yet.';
