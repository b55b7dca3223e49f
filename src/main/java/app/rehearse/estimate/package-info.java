/** Back-of-envelope estimates with units: a small calculator for "2e9 pages/month in /s". */
package app.rehearse.estimate;
