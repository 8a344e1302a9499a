import { ethers } from "ethers";

async function main() {
  const provider = new ethers.JsonRpcProvider("http://127.0.0.1:8545");
  const wallet = new ethers.Wallet("0x9a8b38c60cc21344e1b1664ea6f14cdadad18aa107a5b7933e6858c1aabb86ef", provider);
  const factory = await ethers.getContractFactory("Vault", wallet);
  const vault = await factory.deploy();
  console.log("deployed", await vault.getAddress());
}

main().catch(console.error);
