# Signs Windows files with Azure Trusted Signing: a cloud key, as the CA/B Forum's rules since
# June 2023 require (no exportable PFX is issued any more). Called by the workflow for the
# programs, and by Inno Setup (ISCC /S...) for the installer and its uninstaller, so all are
# signed the same way. Credentials come from the environment: AZURE_TENANT_ID, AZURE_CLIENT_ID,
# AZURE_CLIENT_SECRET (an app registration with the "Trusted Signing Certificate Profile Signer"
# role), SIGNING_ENDPOINT, SIGNING_ACCOUNT, SIGNING_PROFILE.
# Usage: powershell -NoProfile -ExecutionPolicy Bypass -File packaging\windows\sign.ps1 -Files a.exe,b.exe
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'
foreach ($name in 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'SIGNING_ENDPOINT', 'SIGNING_ACCOUNT', 'SIGNING_PROFILE') {
  if (-not [Environment]::GetEnvironmentVariable($name)) { throw "sign.ps1: $name is not set" }
}
if (-not (Get-Module -ListAvailable -Name TrustedSigning)) {
  Install-Module -Name TrustedSigning -Scope CurrentUser -Force -Repository PSGallery
}
Invoke-TrustedSigning `
  -Endpoint $env:SIGNING_ENDPOINT `
  -CodeSigningAccountName $env:SIGNING_ACCOUNT `
  -CertificateProfileName $env:SIGNING_PROFILE `
  -Files ($Files -join ',') `
  -FileDigest SHA256 `
  -TimestampRfc3161 'http://timestamp.acs.microsoft.com' `
  -TimestampDigest SHA256
