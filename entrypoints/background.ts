// The background has no work yet: the foundation only needs a loadable
// extension. Later issues add history, badge and signed pack updates here.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[netral] installed (${reason})`);
  });
});
