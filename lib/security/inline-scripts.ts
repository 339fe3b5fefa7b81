/**
 * The inline scripts the portal writes itself, fixed at build: their SHA-256 hashes go into the staff pages' policy,
 * so they run there without a nonce (the public pages are prerendered, which a per-request nonce cannot reach).
 */

/** Runs before paint so a remembered digit choice never flashes the other form. */
export const digitsScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var v=localStorage.getItem('digits');if(v==='arab'||v==='latn')d.dataset.digits=v;}catch(e){}})();`;

export const ownInlineScripts = [digitsScript] as const;
