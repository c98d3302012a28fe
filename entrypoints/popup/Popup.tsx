// Minimal popup for the foundation: says what Netral is. The self-check,
// status and history arrive with the popup issue.
export function Popup() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', width: '20rem', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>Netral</h1>
      <p lang="id" style={{ margin: '0 0 0.5rem' }}>
        Pengingat netralitas ASN: Netral menahan suka, komentar dan bagikan pada konten kampanye
        sebelum terjadi.
      </p>
      <p lang="en" style={{ margin: 0, color: '#555' }}>
        ASN neutrality reminder: Netral holds likes, comments and shares on campaign content
        before they happen.
      </p>
    </main>
  );
}
