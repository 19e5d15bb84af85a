// The WeGetFinancing API the e2e dashboard talks to (Create Request), on a fixed port.
import { startFakeWgfApi } from "../../test/fakes/wegetfinancing-api";
import { E2E_WGF_API } from "./constants";

const api = await startFakeWgfApi(E2E_WGF_API, { port: E2E_WGF_API.port });
console.log(`fake WeGetFinancing API on ${api.baseUrl}`);
const stop = () => void api.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
