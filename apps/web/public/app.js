// Placeholder client: lists the libraries and their communities from the api.
(async () => {
  const status = document.getElementById('status');
  const list = document.getElementById('libraries');
  const query = `{ libraries(first: 50) { edges { node { name slug } } }
    communities(first: 100) { edges { node { name slug visibility library { slug } } } } }`;
  try {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const { data } = await res.json();
    for (const { node: lib } of data.libraries.edges) {
      const li = document.createElement('li');
      li.textContent = lib.name;
      const ul = document.createElement('ul');
      for (const { node: c } of data.communities.edges.filter((e) => e.node.library.slug === lib.slug)) {
        const item = document.createElement('li');
        item.textContent = `${c.name} (${c.visibility.toLowerCase()})`;
        ul.appendChild(item);
      }
      li.appendChild(ul);
      list.appendChild(li);
    }
    status.textContent = `${data.libraries.edges.length} bibliotheken`;
  } catch {
    status.textContent = 'De api is niet bereikbaar.';
  }
})();
